"""The embedded default's periodic thread, driven by wake() instead of waiting out its interval."""

import queue

from portal.periodic import PeriodicJob

HOUR = 3600  # never reached: every run here is a wake()


def test_wake_runs_the_job_on_its_thread_and_stop_ends_it():
    runs = queue.Queue()
    job = PeriodicJob("test-job", HOUR, lambda: runs.put("ran")).start()
    try:
        job.wake()
        assert runs.get(timeout=30) == "ran"  # the bound only keeps a broken loop from hanging the run
    finally:
        job.stop()
    assert not job.is_running()
    assert runs.empty()


def test_a_failing_run_is_logged_and_the_loop_goes_on(caplog):
    runs = queue.Queue()

    def fail():
        runs.put("ran")
        raise RuntimeError("数据库暂时不可用")

    job = PeriodicJob("test-job", HOUR, fail).start()
    try:
        for _ in range(2):
            job.wake()
            runs.get(timeout=30)
    finally:
        job.stop()
    assert caplog.text.count("Periodic job test-job failed") == 2


def test_stop_before_any_run():
    job = PeriodicJob("test-job", HOUR, lambda: None).start()
    job.stop()
    assert not job.is_running()
