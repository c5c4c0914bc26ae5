"""Turns a childcare organisation's yearly complaints data into a searchable Dutch website."""
