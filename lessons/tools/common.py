"""Helpers shared by record.py and observe.py: where the lessons live and how stderr is normalised."""
import os
import re
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(TOOLS)
LESSONS = os.path.join(MODULE, 'src', 'main', 'resources', 'lessons')
STDLIB = os.path.dirname(os.__file__)
FOLDER = re.compile(r'^\d\d-[a-z0-9]+(-[a-z0-9]+)*$')


def require_python_311():
    if sys.version_info[:2] != (3, 11):
        sys.exit('lessons are recorded with CPython 3.11; this is %s' % sys.version.split()[0])


def lesson_dirs(args):
    """The lesson folders named on the command line, or all of them in order."""
    if args:
        return [os.path.abspath(a) for a in args]
    return [os.path.join(LESSONS, d) for d in sorted(os.listdir(LESSONS))
            if FOLDER.match(d) and os.path.isdir(os.path.join(LESSONS, d))]


def normalize_stderr(text, folder):
    """Paths as a learner sees them: the lesson's own file by bare name, CPython's library as <stdlib>/."""
    text = text.replace(folder.rstrip('/') + '/', '')
    return text.replace(STDLIB.rstrip('/') + '/', '<stdlib>/')
