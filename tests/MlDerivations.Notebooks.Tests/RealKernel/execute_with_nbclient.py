"""Executes one notebook in the real .NET Interactive kernel through nbclient (the reference Jupyter
client), as Jupyter would: kernel .net-csharp, working directory = the given folder.

usage: execute_with_nbclient.py NOTEBOOK WORKING_DIRECTORY OUTPUT [CELL_TIMEOUT_SECONDS]
Writes the executed notebook to OUTPUT; exits 0 when it ran (errors in cells are kept as error
outputs for the caller to judge), 3 when the kernel could not be started or timed out.
"""
import json
import os
import sys
import tempfile

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

source, folder, output = sys.argv[1:4]
timeout = int(sys.argv[4]) if len(sys.argv) > 4 else 300
# The installed kernelspec gives every kernel the HTTP port range 2048-3000, and two kernels starting at
# once both take 2048 and one dies ("address already in use"). A private copy of the spec, first on
# JUPYTER_PATH, gives this kernel a range of its own.
spec = KernelSpecManager().get_kernel_spec(".net-csharp")
argv = list(spec.argv)
if "--http-port-range" in argv:
    first = 3100 + (os.getpid() % 300) * 100
    argv[argv.index("--http-port-range") + 1] = f"{first}-{first + 99}"
private = tempfile.mkdtemp(prefix="mlderiv-kernelspec-")
os.makedirs(os.path.join(private, "kernels", ".net-csharp"))
with open(os.path.join(private, "kernels", ".net-csharp", "kernel.json"), "w") as f:
    json.dump({"argv": argv, "display_name": spec.display_name, "language": spec.language}, f)
os.environ["JUPYTER_PATH"] = private + os.pathsep + os.environ.get("JUPYTER_PATH", "")

notebook = nbformat.read(source, as_version=4)
client = NotebookClient(notebook, kernel_name=".net-csharp", timeout=timeout, startup_timeout=120,
                        allow_errors=True, resources={"metadata": {"path": folder}})
try:
    client.execute()
except (CellTimeoutError, DeadKernelError, RuntimeError) as problem:
    print(f"{source}: the real kernel did not finish: {problem}", file=sys.stderr)
    sys.exit(3)
nbformat.write(notebook, output)
