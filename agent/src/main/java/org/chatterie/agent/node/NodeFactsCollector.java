package org.chatterie.agent.node;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chatterie.protocol.NodeReport.NodeFacts;

/** What the portal needs to place instances: CPUs, memory, disk where Docker keeps volumes. */
public final class NodeFactsCollector {

    private final Path dataDisk;
    private final String dockerVersion;
    private final String agentVersion;

    public NodeFactsCollector(Path dataDisk, String dockerVersion, String agentVersion) {
        this.dataDisk = dataDisk;
        this.dockerVersion = dockerVersion;
        this.agentVersion = agentVersion;
    }

    public NodeFacts collect() {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long total = 0;
        long free = 0;
        try {
            Path disk = Files.exists(dataDisk) ? dataDisk : Path.of("/");
            FileStore store = Files.getFileStore(disk);
            total = store.getTotalSpace();
            free = store.getUsableSpace();
        } catch (IOException e) {
            // Unknown disk: report 0, the portal then places nothing here, which is the safe side.
        }
        return new NodeFacts(hostname(), Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                total, free, dockerVersion, agentVersion);
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
