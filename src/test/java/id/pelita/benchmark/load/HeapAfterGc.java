package id.pelita.benchmark.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap the application really keeps: a full collection through its JMX agent (started with
 * {@code -Dcom.sun.management.jmxremote.port=...} on the loopback address, see the README), then the heap in use.
 */
final class HeapAfterGc implements AutoCloseable {

	private final JMXConnector connector;

	private final MemoryMXBean memory;

	HeapAfterGc(String hostAndPort) throws IOException {
		this.connector = JMXConnectorFactory
			.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + hostAndPort + "/jmxrmi"));
		this.memory = ManagementFactory.newPlatformMXBeanProxy(this.connector.getMBeanServerConnection(),
				ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
	}

	/** Heap in use right after a full collection, in MiB. */
	double mib() {
		this.memory.gc();
		return this.memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
	}

	@Override
	public void close() throws IOException {
		this.connector.close();
	}

}
