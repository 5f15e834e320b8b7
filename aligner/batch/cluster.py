"""The Dask client a batch runs on: a local cluster, an existing scheduler, or the caller's own.

bitext schedules nothing itself: pairs are Dask futures, and Dask's scheduler
places them, retries them when a worker is lost and shows them on its
dashboard. Before the first pair, every worker is asked whether it runs this
bitext and can write the output folder (a remote cluster needs bitext
installed and the files on a shared file system), so a misconfigured cluster
fails with one line instead of a thousand failed pairs.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from aligner.errors import BitextError

#: How long to wait for a scheduler that does not answer.
CONNECT_SECONDS = 10
CONNECT_TIMEOUT = f"{CONNECT_SECONDS}s"

INSTALL_HINT = "install it with: pip install 'bitext[batch]'"

# Dask's statistical profiler keeps the last 1000 one-second profiles of each
# worker; the aligner's deep call stacks make that ~100 MB a worker after a
# quarter of an hour. The local cluster goes without (the dashboard keeps its
# task stream, progress and memory pages), so a worker's memory is the pairs'.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def import_dask():
    """``distributed``, or a one-line error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise BitextError(f"bitext batch needs Dask (dask.distributed); {INSTALL_HINT}") from None
    return distributed


@contextmanager
def dask_client(
    client=None, *, scheduler: str | None = None, workers: int | None = None
) -> Iterator:
    """Yield a connected ``distributed.Client``; close what was opened here."""
    if client is not None:
        yield client
        return
    distributed = import_dask()
    if scheduler:
        check_scheduler(scheduler)
        try:
            opened = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as err:
            reason = str(err).splitlines()[0] if str(err).strip() else type(err).__name__
            raise BitextError(f"cannot reach the Dask scheduler at {scheduler}: {reason}") from None
        try:
            yield opened
        finally:
            opened.close()
        return
    import dask

    with warnings.catch_warnings(), dask.config.set(WORKER_CONFIG):
        # "Port 8787 is already in use": Dask takes another port; we print the link.
        warnings.simplefilter("ignore")
        cluster = distributed.LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # the aligner is pure Python: processes, not threads
            processes=True,
            silence_logs=logging.ERROR,
        )
    try:
        opened = distributed.Client(cluster, set_as_default=False)
        try:
            yield opened
        finally:
            opened.close()
    finally:
        _quietly_close(cluster)


def check_scheduler(address: str) -> None:
    """One line unless a Dask scheduler answers at ``address`` within CONNECT_SECONDS.

    Asked here, with a hard deadline, before ``Client`` is made: a Client
    pointed at a port that accepts connections but never answers (the
    dashboard's 8787 instead of the scheduler's 8786 is the usual slip) waits
    forever (dask/distributed#8071), and a refused port costs Dask's whole
    retry time.
    """
    from concurrent.futures import ThreadPoolExecutor

    def fail(reason: str) -> BitextError:
        return BitextError(f"cannot reach the Dask scheduler at {address}: {reason}")

    scheme, _, rest = address.rpartition("://")
    host, _, port = rest.rpartition(":")
    if scheme in ("", "tcp") and port.isdigit():
        try:  # refused, unknown host: at once
            socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), 5).close()
        except OSError as err:
            raise fail(err.strerror or str(err) or type(err).__name__) from None
    # Its own thread and event loop: the caller may be a notebook with a running loop.
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(asyncio.run, _identity(address, CONNECT_SECONDS))
        try:
            identity = future.result()
        except TimeoutError:
            raise fail(
                f"no answer within {CONNECT_SECONDS} s (is it the scheduler's port? "
                "Dask's default is 8786; 8787 is its dashboard)"
            ) from None
        except Exception as err:
            reason = str(err).splitlines()[0] if str(err).strip() else type(err).__name__
            raise fail(reason) from None
    if not isinstance(identity, dict) or identity.get("type") != "Scheduler":
        raise fail("what answers there is not a Dask scheduler")


async def _identity(address: str, seconds: float) -> dict:
    from distributed.comm import connect
    from distributed.security import Security

    tls = Security().get_connection_args("client")  # from Dask's config, as Client does
    comm = await asyncio.wait_for(connect(address, timeout=seconds, **tls), seconds)
    try:
        await asyncio.wait_for(comm.write({"op": "identity", "reply": True}), seconds)
        return await asyncio.wait_for(comm.read(), seconds)
    finally:
        comm.abort()


def _quietly_close(cluster) -> None:
    """Close a local cluster without Dask's shutdown chatter on stderr."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    try:
        cluster.close()
    finally:
        logging.getLogger("distributed").setLevel(logging.NOTSET)


def probe(outdir: str) -> dict:
    """Run on each worker: this bitext's version, whether ``outdir`` is writable there.

    Importing the pipeline here also warms the worker up, so the first pair's
    time is the pair's and not Python's.
    """
    import aligner
    import aligner.align
    import aligner.project
    import glossary  # noqa: F401

    writable = os.path.isdir(outdir) and os.access(outdir, os.W_OK | os.X_OK)
    return {"version": aligner.__version__, "writable": writable, "python": sys.version_info[:2]}


def check_workers(client, outdir: str) -> int:
    """Fail with one line unless every worker runs this bitext and sees ``outdir``.

    Returns the number of worker threads (how many pairs run at once).
    """
    from aligner import __version__

    try:
        answers = client.run(probe, outdir, on_error="return")
    except Exception as err:  # the function could not even be sent or unpickled
        raise BitextError(f"the Dask workers cannot run bitext ({err}); {INSTALL_HINT}") from None
    if not answers:
        raise BitextError("the Dask cluster has no workers")
    for address, answer in sorted(answers.items()):
        if isinstance(answer, BaseException):
            raise BitextError(
                f"the Dask worker {address} cannot run bitext ({type(answer).__name__}: "
                f"{answer}); every worker needs bitext {__version__}: {INSTALL_HINT}"
            )
        if answer["version"] != __version__:
            raise BitextError(
                f"the Dask worker {address} runs bitext {answer['version']}, this is "
                f"bitext {__version__}: install the same version everywhere"
            )
        if not answer["writable"]:
            raise BitextError(
                f"the Dask worker {address} cannot write {outdir}: workers need the input "
                "and output folders at the same path (a shared file system)"
            )
    return sum(client.nthreads().values())


def dashboard(client) -> str | None:
    """The dashboard's address, when Dask serves one (it needs bokeh)."""
    try:
        return client.dashboard_link
    except Exception:
        return None
