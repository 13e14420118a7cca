"""Helpers shared by the tests (imported as `support.NAME`, never from conftest)."""
