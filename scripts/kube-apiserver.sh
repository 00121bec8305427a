#!/usr/bin/env bash
# Builds, starts and stops a real kube-apiserver (+ etcd + kube-controller-manager) on 127.0.0.1
# for kube4j's integration tests and samples.
#
#   scripts/kube-apiserver.sh build    install packages, build and cache the binaries (idempotent)
#   scripts/kube-apiserver.sh start    build if needed, start etcd, kube-apiserver, controller-manager
#   scripts/kube-apiserver.sh stop     stop what `start` started (by pid file) and remove its data
#   scripts/kube-apiserver.sh env      print KUBE4J_* variables of the running server (eval-able)
#   scripts/kube-apiserver.sh status   exit 0 when the server is up and healthy
#
# State lives in $KUBE4J_SERVER_DIR (default ~/.cache/kube4j/server); binaries are cached in
# $KUBE4J_CACHE (default ~/.cache/kube4j) keyed by Kubernetes version, so only the first build is slow.
set -euo pipefail

K8S_VERSION=1.20.2
CACHE=${KUBE4J_CACHE:-$HOME/.cache/kube4j}
BIN=$CACHE/kubernetes-$K8S_VERSION/bin
STATE=${KUBE4J_SERVER_DIR:-$CACHE/server}
LOG() { printf '[kube-apiserver.sh] %s\n' "$*" >&2; }
die() { LOG "error: $*"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  local need=()
  for p in golang-go etcd-server rsync jq openssl dpkg-dev golang-github-modern-go-reflect2-dev curl; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  local src=/etc/apt/sources.list.d/kube4j-src.sources
  if ! apt-cache showsrc kubernetes 2>/dev/null | grep -q '^Package: kubernetes'; then
    # deb-src for the machine's own Debian suite, so `apt-get source kubernetes` works.
    local suite
    suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
    as_root tee "$src" >/dev/null <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    as_root apt-get update -q >/dev/null
  fi
  if [ ${#need[@]} -gt 0 ]; then
    LOG "installing ${need[*]}"
    [ -n "$(find /var/lib/apt/lists -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ] \
      || as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
  fi
}

build() {
  install_packages
  if [ -x "$BIN/kube-apiserver" ] && [ -x "$BIN/kube-controller-manager" ]; then
    return 0
  fi
  local work=$CACHE/build-$K8S_VERSION
  rm -rf "$work"; mkdir -p "$work"
  LOG "fetching Debian's kubernetes source package into $work"
  (cd "$work" && apt-get source -q kubernetes >/dev/null 2>&1) || die "apt-get source kubernetes failed"
  local tree
  tree=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name 'kubernetes-*' | head -1)
  [ -n "$tree" ] || die "no unpacked kubernetes tree in $work"
  grep -q "gitVersion.*v$K8S_VERSION\|$K8S_VERSION" "$tree"/debian/changelog 2>/dev/null \
    || LOG "warning: the source package does not mention $K8S_VERSION"
  # The vendored reflect2 v1.0.1 breaks JSON for maps under Go >= 1.18; use Debian's 1.0.2.
  local r2=/usr/share/gocode/src/github.com/modern-go/reflect2
  [ -d "$r2" ] || die "$r2 missing (golang-github-modern-go-reflect2-dev)"
  rm -rf "$tree/vendor/github.com/modern-go/reflect2"
  mkdir -p "$tree/vendor/github.com/modern-go/reflect2"
  cp -rL "$r2"/. "$tree/vendor/github.com/modern-go/reflect2/"
  sed -i 's#^\(github.com/modern-go/reflect2\) v1.0.1#\1 v1.0.2#; s#^\(\# github.com/modern-go/reflect2\) v1.0.1#\1 v1.0.2#' \
    "$tree/vendor/modules.txt"
  sed -i 's#\(github.com/modern-go/reflect2\) v1.0.1#\1 v1.0.2#' "$tree/go.mod"
  local gopath=$work/gopath
  mkdir -p "$gopath/src/k8s.io"
  ln -sfn "$tree" "$gopath/src/k8s.io/kubernetes"
  LOG "building kube-apiserver and kube-controller-manager (about 5-10 minutes on 2 cores)"
  (
    cd "$gopath/src/k8s.io/kubernetes"
    export GOPATH=$gopath CGO_ENABLED=0 GOFLAGS=-mod=vendor GO111MODULE=on
    export KUBE_GIT_VERSION=v$K8S_VERSION KUBE_GIT_TREE_STATE=clean KUBE_GIT_COMMIT=debian-$K8S_VERSION
    make WHAT="cmd/kube-apiserver cmd/kube-controller-manager" >"$work/build.log" 2>&1
  ) || { tail -40 "$work/build.log" >&2; die "kubernetes build failed (log: $work/build.log)"; }
  mkdir -p "$BIN"
  local out="$tree/_output/local/bin/linux/$(go env GOARCH)"
  cp "$out/kube-apiserver" "$out/kube-controller-manager" "$BIN/"
  rm -rf "$work"
  LOG "cached binaries in $BIN"
}

free_port() {
  python3 - <<'EOF' 2>/dev/null || ruby_free_port
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
EOF
}
ruby_free_port() { shuf -i 20000-60000 -n 1; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop() {
  [ -d "$STATE" ] || return 0
  for name in kube-controller-manager kube-apiserver etcd; do
    local pf="$STATE/$name.pid"
    if pid_alive "$pf"; then
      local pid; pid=$(cat "$pf")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      LOG "stopped $name ($pid)"
    fi
  done
  rm -rf "$STATE"
}

gen_certs() {
  local d=$STATE/pki
  mkdir -p "$d"; cd "$d"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kube4j-test-ca" \
    -keyout ca.key -out ca.crt 2>/dev/null
  cat > server.ext <<EOF
subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc
extendedKeyUsage=serverAuth
EOF
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout server.key -out server.csr 2>/dev/null
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile server.ext -out server.crt 2>/dev/null
  printf 'extendedKeyUsage=clientAuth\n' > client.ext
  # Admin client certificates: one RSA (PKCS#8 key), one EC (SEC1 key), both in system:masters.
  openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=kube4j-admin-rsa" \
    -keyout admin-rsa.key -out admin-rsa.csr 2>/dev/null
  openssl x509 -req -in admin-rsa.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile client.ext -out admin-rsa.crt 2>/dev/null
  openssl ecparam -name prime256v1 -genkey -noout -out admin-ec.key
  openssl req -new -key admin-ec.key -subj "/O=system:masters/CN=kube4j-admin-ec" -out admin-ec.csr
  openssl x509 -req -in admin-ec.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile client.ext -out admin-ec.crt 2>/dev/null
  # Controller-manager's identity: system:masters, as it runs every controller under one identity.
  openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=system:kube-controller-manager" \
    -keyout kcm.key -out kcm.csr 2>/dev/null
  openssl x509 -req -in kcm.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
    -extfile client.ext -out kcm.crt 2>/dev/null
  openssl genrsa -out sa.key 2048 2>/dev/null
  openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  rm -f ./*.csr ./*.ext
  cd - >/dev/null
}

write_kubeconfig() { # file server user-block
  cat > "$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: kube4j-local
  cluster:
    server: $2
    certificate-authority: $STATE/pki/ca.crt
contexts:
- name: kube4j-local
  context:
    cluster: kube4j-local
    user: kube4j-user
    namespace: default
current-context: kube4j-local
users:
- name: kube4j-user
  user:
$3
EOF
}

wait_healthy() { # url what pidfile
  for _ in $(seq 1 240); do
    pid_alive "$3" || return 1
    if curl -fsk --max-time 2 -H "Authorization: Bearer $(cat "$STATE/admin.token")" "$1" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}

start() {
  if status >/dev/null 2>&1; then
    LOG "already running: $(cat "$STATE/server.url")"; print_env; return 0
  fi
  stop # stale processes of an earlier, killed run
  build
  mkdir -p "$STATE"
  gen_certs
  local etcd_port etcd_peer api_port
  etcd_port=$(free_port); etcd_peer=$(free_port); api_port=$(free_port)
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$STATE/admin.token"
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$STATE/nobody.token"
  {
    echo "$(cat "$STATE/admin.token"),kube4j-admin,kube4j-admin,system:masters"
    echo "$(cat "$STATE/nobody.token"),kube4j-nobody,kube4j-nobody"
  } > "$STATE/tokens.csv"
  LOG "starting etcd on 127.0.0.1:$etcd_port"
  etcd --name kube4j --data-dir "$STATE/etcd" \
    --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
    --listen-peer-urls "http://127.0.0.1:$etcd_peer" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer" \
    --initial-cluster "kube4j=http://127.0.0.1:$etcd_peer" \
    --listen-metrics-urls "" >"$STATE/etcd.log" 2>&1 9>&- &
  echo $! > "$STATE/etcd.pid"
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$etcd_port/health" >/dev/null 2>&1 && break
    pid_alive "$STATE/etcd.pid" || { tail -20 "$STATE/etcd.log" >&2; die "etcd exited"; }
    sleep 0.2
  done
  echo "$etcd_port" > "$STATE/etcd.port"
  start_apiserver "$api_port"
  echo "https://127.0.0.1:$api_port" > "$STATE/server.url"
  local url; url=$(cat "$STATE/server.url")
  wait_healthy "$url/healthz" apiserver "$STATE/kube-apiserver.pid" \
    || { tail -30 "$STATE/kube-apiserver.log" >&2; die "kube-apiserver did not become healthy"; }
  write_kubeconfig "$STATE/admin.kubeconfig" "$url" "    token: $(cat "$STATE/admin.token")"
  write_kubeconfig "$STATE/nobody.kubeconfig" "$url" "    token: $(cat "$STATE/nobody.token")"
  write_kubeconfig "$STATE/admin-cert.kubeconfig" "$url" "    client-certificate: $STATE/pki/admin-rsa.crt
    client-key: $STATE/pki/admin-rsa.key"
  write_kubeconfig "$STATE/kcm.kubeconfig" "$url" "    client-certificate: $STATE/pki/kcm.crt
    client-key: $STATE/pki/kcm.key"
  start_controller_manager
  LOG "kube-apiserver v$K8S_VERSION is up at $url (kubeconfig: $STATE/admin.kubeconfig)"
  print_env
}

start_apiserver() {
  "$BIN/kube-apiserver" \
    --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$1" \
    --insecure-port=0 --endpoint-reconciler-type=none \
    --etcd-servers="http://127.0.0.1:$(cat "$STATE/etcd.port")" \
    --tls-cert-file="$STATE/pki/server.crt" --tls-private-key-file="$STATE/pki/server.key" \
    --client-ca-file="$STATE/pki/ca.crt" --token-auth-file="$STATE/tokens.csv" \
    --authorization-mode=RBAC --allow-privileged=true \
    --service-account-key-file="$STATE/pki/sa.pub" \
    --service-account-signing-key-file="$STATE/pki/sa.key" \
    --service-account-issuer=https://kubernetes.default.svc \
    --service-cluster-ip-range=10.96.0.0/16 \
    --enable-admission-plugins=NamespaceLifecycle,ServiceAccount,DefaultStorageClass,ResourceQuota \
    --disable-admission-plugins=StorageObjectInUseProtection \
    --profiling=false ${KUBE4J_APISERVER_ARGS:-} \
    >"$STATE/kube-apiserver.log" 2>&1 9>&- &
  echo $! > "$STATE/kube-apiserver.pid"
}

start_controller_manager() {
  local port; port=$(free_port)
  "$BIN/kube-controller-manager" \
    --kubeconfig="$STATE/kcm.kubeconfig" --bind-address=127.0.0.1 --secure-port="$port" --port=0 \
    --controllers=garbagecollector,deployment,replicaset,namespace,serviceaccount-token,serviceaccount \
    --service-account-private-key-file="$STATE/pki/sa.key" --root-ca-file="$STATE/pki/ca.crt" \
    --use-service-account-credentials=false --leader-elect=false --profiling=false \
    --concurrent-gc-syncs=5 >"$STATE/kube-controller-manager.log" 2>&1 9>&- &
  echo $! > "$STATE/kube-controller-manager.pid"
}

print_env() {
  cat <<EOF
export KUBE4J_TEST_SERVER=$(cat "$STATE/server.url")
export KUBE4J_TEST_KUBECONFIG=$STATE/admin.kubeconfig
export KUBE4J_TEST_DIR=$STATE
EOF
}

status() {
  [ -f "$STATE/server.url" ] && pid_alive "$STATE/kube-apiserver.pid" && pid_alive "$STATE/etcd.pid" \
    && curl -fsk --max-time 3 -H "Authorization: Bearer $(cat "$STATE/admin.token")" \
       "$(cat "$STATE/server.url")/healthz" >/dev/null
}

# Restart only kube-apiserver (same etcd, same port): its watch cache starts empty, so old
# resourceVersions answer 410 Gone. Used by informer fault tests.
restart_apiserver() {
  status || die "not running"
  local pid; pid=$(cat "$STATE/kube-apiserver.pid")
  kill "$pid"; for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  # A terminating apiserver keeps serving its open watches for up to a minute: end it, so that the
  # restarted one is the only server and every client really reconnects.
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  local port; port=$(sed 's#.*:##' "$STATE/server.url")
  start_apiserver "$port"
  wait_healthy "$(cat "$STATE/server.url")/healthz" apiserver "$STATE/kube-apiserver.pid" \
    || die "kube-apiserver did not come back"
  LOG "kube-apiserver restarted"
}

# One start/stop/build at a time (parallel test JVMs, a sample and a test run, ...).
with_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9
  "$@"
}

case "${1:-}" in
  build) with_lock build ;;
  start) with_lock start ;;
  stop) with_lock stop ;;
  env) print_env ;;
  status) status ;;
  restart-apiserver) with_lock restart_apiserver ;;
  *) echo "usage: $0 build|start|stop|env|status|restart-apiserver" >&2; exit 2 ;;
esac
