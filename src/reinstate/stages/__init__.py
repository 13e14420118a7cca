"""The stages a case goes through: discover, read, load, resolve."""
