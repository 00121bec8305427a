package io.kube4j.samples.cli;

import io.kube4j.api.schema.GroupVersionKind;
import io.kube4j.discovery.NoMatchException;
import io.kube4j.discovery.RestMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * kubectl's resource arguments: {@code TYPE[,TYPE...] [NAME...]} or {@code TYPE/NAME [TYPE/NAME...]}, where a
 * type is anything kubectl accepts (plural, singular, short name, kind, {@code resource.group},
 * {@code resource.version.group}), resolved through the RestMapper.
 */
public final class ResourceArgs {
    /** One resource type and the names asked for (empty: all of them). */
    public record Target(RestMapping mapping, List<String> names) {
        /** {@code kind.group} in lower case ({@code deployment.apps}, {@code pod}), as kubectl prints it. */
        public String kindName() {
            return ResourceArgs.kindName(mapping.kind());
        }
    }

    /** {@code kind.group} in lower case ({@code deployment.apps}, {@code pod}), as kubectl prints it. */
    public static String kindName(GroupVersionKind gvk) {
        String kind = gvk.kind().toLowerCase(Locale.ROOT);
        return gvk.group().isEmpty() ? kind : kind + "." + gvk.group();
    }

    private ResourceArgs() {
    }

    /** Resolves the arguments; empty when there are none. @throws UsageException when they are malformed */
    public static List<Target> resolve(Session session, List<String> args) {
        List<Target> targets = new ArrayList<>();
        if (args.isEmpty()) {
            return targets;
        }
        if (args.get(0).contains("/")) {
            for (String a : args) {
                int slash = a.indexOf('/');
                if (slash <= 0 || slash == a.length() - 1 || a.indexOf('/', slash + 1) >= 0) {
                    throw new UsageException("arguments in resource/name form must have a single resource and name, got \""
                            + a + "\"");
                }
                RestMapping m = session.mapping(a.substring(0, slash));
                String name = a.substring(slash + 1);
                Target last = targets.isEmpty() ? null : targets.get(targets.size() - 1);
                if (last != null && last.mapping().equals(m)) {
                    List<String> names = new ArrayList<>(last.names());
                    names.add(name);
                    targets.set(targets.size() - 1, new Target(m, List.copyOf(names)));
                } else {
                    targets.add(new Target(m, List.of(name)));
                }
            }
            return targets;
        }
        List<String> names = args.subList(1, args.size());
        for (String n : names) {
            if (n.contains("/")) {
                throw new UsageException("there is no need to specify a resource type as a separate argument when "
                        + "passing arguments in resource/name form (e.g. '" + Kubectl.PROGRAM + " get resource/<name>' "
                        + "instead of '" + Kubectl.PROGRAM + " get resource resource/<name>'");
            }
        }
        for (String type : args.get(0).split(",")) {
            if (!type.isEmpty()) {
                for (RestMapping m : mappings(session, type)) {
                    targets.add(new Target(m, List.copyOf(names)));
                }
            }
        }
        return targets;
    }

    /** A type, or a category such as {@code all} (kubectl expands it to the resources that list it). */
    private static List<RestMapping> mappings(Session session, String type) {
        try {
            return List.of(session.mapping(type));
        } catch (NoMatchException e) {
            List<RestMapping> category = session.mapper().discovery().resources().preferredResources().stream()
                    .filter(r -> r.categories().contains(type))
                    .map(r -> new RestMapping(r.groupVersionKind(), r.groupVersionResource(), r.namespaced())).toList();
            if (category.isEmpty()) {
                throw e;
            }
            return category;
        }
    }

    /** Exactly one {@code TYPE NAME} or {@code TYPE/NAME}. @throws UsageException otherwise */
    public static Target single(Session session, List<String> args, String what) {
        List<Target> targets = resolve(session, args);
        if (targets.size() != 1 || targets.get(0).names().size() != 1) {
            throw new UsageException(what + " needs exactly one resource and name, e.g. deployment/web");
        }
        return targets.get(0);
    }
}
