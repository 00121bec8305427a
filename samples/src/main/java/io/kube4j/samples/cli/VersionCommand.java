package io.kube4j.samples.cli;

import io.kube4j.api.version.Info;
import io.kube4j.discovery.DiscoveryClient;
import java.util.List;

/** {@code version}: the client's version and the server's ({@code GET /version}), like kubectl. */
public final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "version [--client]";
    }

    @Override
    public String summary() {
        return "Print the client and server version information";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("client", null, "only the client's version (no request)"));
    }

    @Override
    public int run(Session s, Args a) {
        if (!a.positional().isEmpty()) {
            throw new UsageException("version takes no arguments");
        }
        // The default User-Agent is "kube4j/<version> (<os>/<arch>)".
        String agent = s.config().userAgent();
        s.out().println("Client Version: " + (agent.contains(" ") ? agent.substring(0, agent.indexOf(' ')) : agent));
        if (!a.flag("client")) {
            Info server = DiscoveryClient.create(s.rest()).serverVersion();
            s.out().println("Server Version: " + server.gitVersion());
        }
        return 0;
    }
}
