"""Runs a notebook top to bottom, headless, and writes it back with its outputs:

    python notebooks/run_notebook.py notebooks/ai-policy-graph.ipynb executed.ipynb

The notebook runs in its own folder with the "python3" kernel of the Python running this script, whose
environment must hold the client package (pip install ./clients/python, from the project root). The first failing cell stops the run: the notebook is still written, up to that
cell and with its error, and the exit code is 1.
"""

import os
import shutil
import sys
import tempfile

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config


def main(source: str, target: str) -> int:
    notebook = nbformat.read(source, as_version=4)
    # The kernel talks over Unix sockets in a private folder: nothing listens on the network.
    sockets = tempfile.mkdtemp(prefix="apg-kernel-")
    config = Config()
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(sockets, "kernel")
    client = NotebookClient(
        notebook,
        config=config,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}},
    )
    try:
        client.execute()
        return 0
    except CellExecutionError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
        os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
        nbformat.write(notebook, target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
