"""Load and validate the data of one year folder."""

from generator.dataset.dataset import Dataset, load_dataset

__all__ = ["Dataset", "load_dataset"]
