package id.pelita.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.pelita.shared.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs tasks on threads of their own, all released at once by a latch, for tests of concurrent requests. */
public final class Race {

	private Race() {
	}

	/** Each task's result, or the {@link UserFacingException} it was refused with, in the order of the tasks. */
	public static List<Object> run(List<Callable<Object>> tasks) throws InterruptedException {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> task : tasks) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					start.await();
					try {
						return task.call();
					}
					catch (UserFacingException ex) {
						return ex;
					}
				}));
			}
			assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> future : futures) {
				try {
					results.add(future.get(120, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					throw new AssertionError("An attempt failed unexpectedly", ex.getCause());
				}
				catch (TimeoutException ex) {
					throw new AssertionError("An attempt did not finish", ex);
				}
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
