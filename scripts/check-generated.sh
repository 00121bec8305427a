#!/usr/bin/env bash
# Regenerates the models and typed clients from the Kubernetes OpenAPI spec (and the test CRD's sources
# from client-typed/src/test/resources/crds) and fails if that changes any committed generated file (or adds one). CI runs it whenever ../shared/kubernetes-openapi exists.
# Usage: scripts/check-generated.sh   (KUBE4J_SPEC_DIR overrides the spec directory)
set -euo pipefail
cd "$(dirname "$0")/.."

spec_dir="${KUBE4J_SPEC_DIR:-../shared/kubernetes-openapi}"
if [ ! -f "$spec_dir/swagger.json" ]; then
  echo "check-generated: SKIPPED, no spec at $spec_dir/swagger.json"
  exit 0
fi
spec_dir="$(cd "$spec_dir" && pwd)"

mvn -q -B -Pcodegen -pl codegen process-classes -Dkube4j.spec.dir="$spec_dir"

generated=(
  client-core/src/generated
  client-typed/src/generated
  client-core/src/test/resources/io/kube4j/api/generated-fixtures.jsonl
  client-typed/src/test/resources/io/kube4j/api/generated-fixtures.jsonl
  client-typed/src/test/crd-generated
)
status=0
if ! git diff --exit-code --stat -- "${generated[@]}"; then
  echo "check-generated: committed generated files differ from the generator's output" >&2
  status=1
fi
untracked="$(git ls-files --others --exclude-standard -- "${generated[@]}")"
if [ -n "$untracked" ]; then
  echo "check-generated: generated files not committed:" >&2
  echo "$untracked" | head -50 >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "check-generated: run 'mvn -Pcodegen -pl codegen process-classes' and commit the result" >&2
  exit 1
fi
echo "check-generated: generated sources are up to date"
