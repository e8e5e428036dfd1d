"""A learning record store on loopback for the tests: Ralph's LRS on its file-system
backend. That backend is Ralph's development store and writes its file only once
(`create`); a real LRS takes statement after statement, so it is set to append here.

Usage (with Ralph's venv): python scripts/lrs.py DIR PORT USER:PASS
Statements are stored in DIR/data, credentials in DIR/app/auth.json.
"""

import os
import subprocess
import sys
from pathlib import Path

root, port, auth = Path(sys.argv[1]).resolve(), int(sys.argv[2]), sys.argv[3]
user, password = auth.split(":", 1)
os.environ["RALPH_APP_DIR"] = str(root / "app")
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = str(root / "data")
(root / "data").mkdir(parents=True, exist_ok=True)
if not (root / "app" / "auth.json").exists():
    ralph = Path(sys.executable).with_name("ralph")
    subprocess.run(
        [str(ralph), "auth", "-u", user, "-p", password, "-s", "statements/write",
         "-s", "statements/read", "-M", "mailto:pitcrew@example.com", "-w"],
        check=True, capture_output=True,
    )

import uvicorn  # noqa: E402
from ralph.backends.data import fs  # noqa: E402

fs.FSDataBackend.default_operation_type = fs.BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=port, log_level="warning")
