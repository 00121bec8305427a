package io.kube4j.discovery.internal;

import io.kube4j.api.meta.v1.APIGroupList;
import io.kube4j.api.meta.v1.APIResourceList;
import io.kube4j.api.schema.GroupVersion;
import io.kube4j.client.Json;
import io.kube4j.discovery.ApiGroup;
import io.kube4j.discovery.ApiResource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kubectl's discovery disk cache: {@code <root>/<host_port>/servergroups.json} (an APIGroupList) and
 * {@code <root>/<host_port>/<group>/<version>/serverresources.json} (an APIResourceList), each fresh for a TTL
 * after it was written. Best effort: an unreadable or corrupt file is a miss, a failed write is logged.
 * {@link #invalidate()} makes every file written before it stale.
 */
public final class DiskCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);
    private static final Pattern UNSAFE = Pattern.compile("[^\\w/.()]");

    private final Path dir;
    private final Duration ttl;
    private volatile long staleBeforeMillis;

    public DiskCache(Path root, URI server, Duration ttl) {
        this.dir = hostDir(root, server);
        this.ttl = ttl;
    }

    /** The per-server directory kubectl uses: the URL without scheme, unsafe characters replaced by {@code _}. */
    public static Path hostDir(Path root, URI server) {
        String s = server.toString().replaceFirst("^https?://", "");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String safe = UNSAFE.matcher(s).replaceAll("_");
        Path dir = root;
        for (String part : safe.split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                dir = dir.resolve(part);
            }
        }
        return dir;
    }

    public Path directory() {
        return dir;
    }

    /** Files written before now are stale from now on. */
    public void invalidate() {
        staleBeforeMillis = System.currentTimeMillis();
    }

    public Optional<List<ApiGroup>> readGroups() {
        return read(dir.resolve("servergroups.json"), APIGroupList.class).map(l -> LegacyDiscovery.groups(l));
    }

    public Optional<List<ApiResource>> readResources(GroupVersion gv) {
        return read(resourcesFile(gv), APIResourceList.class).map(l -> LegacyDiscovery.resources(gv, l));
    }

    public void writeGroups(List<ApiGroup> groups) {
        write(dir.resolve("servergroups.json"), Json.writeBytes(LegacyDiscovery.toGroupList(groups)));
    }

    public void writeResources(GroupVersion gv, List<ApiResource> resources) {
        write(resourcesFile(gv), Json.writeBytes(LegacyDiscovery.toResourceList(gv, resources)));
    }

    private Path resourcesFile(GroupVersion gv) {
        Path p = gv.group().isEmpty() ? dir : dir.resolve(gv.group());
        return p.resolve(gv.version()).resolve("serverresources.json");
    }

    private <T> Optional<T> read(Path file, Class<T> type) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long now = System.currentTimeMillis();
            if (modified < staleBeforeMillis || now - modified > ttl.toMillis()) {
                return Optional.empty();
            }
            return Optional.of(Json.read(Files.readAllBytes(file), type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring unreadable discovery cache file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private void write(Path file, byte[] bytes) {
        try {
            createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                setPermissions(tmp, "rw-rw----");
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write discovery cache file {}: {}", file, e.toString());
        }
    }

    private static void createDirectories(Path d) throws IOException {
        if (Files.isDirectory(d)) {
            return;
        }
        createDirectories(d.getParent());
        try {
            Files.createDirectory(d);
            setPermissions(d, "rwxr-x---");
        } catch (FileAlreadyExistsException e) {
            // created concurrently
        }
    }

    private static void setPermissions(Path p, String perms) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        }
    }
}
