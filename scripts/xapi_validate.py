"""Validates xAPI statements (a JSON array on stdin) against Ralph's xAPI 1.0.3 base
statement model, an implementation independent of Pit Crew's. Prints one line per
statement; exit 1 if any is invalid."""

import json
import sys

from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement

bad = 0
for i, statement in enumerate(json.load(sys.stdin)):
    try:
        BaseXapiStatement(**statement)
        print(f"{i}: valid {statement['verb']['id']}")
    except ValidationError as e:
        bad += 1
        print(f"{i}: INVALID {e}")
sys.exit(1 if bad else 0)
