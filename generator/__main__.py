import sys

from generator.cli import command

sys.exit(command())
