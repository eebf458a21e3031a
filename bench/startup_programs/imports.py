import asyncio
import collections
import dataclasses
import enum
import json
import re
import typing

print(sorted(m for m in ("asyncio", "collections", "dataclasses", "enum", "json", "re", "typing") if m in globals()))
