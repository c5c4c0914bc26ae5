"""Synthetic year folders, any number of times the size of a real one, to measure the generator
at the scale of all Dutch childcare organisations together (`python -m generator synth`)."""

from generator.synth.folder import SyntheticYear, synthesise, write_year_folder

__all__ = ["SyntheticYear", "synthesise", "write_year_folder"]
