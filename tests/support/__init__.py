"""Helpers the test modules share (imported, never collected as tests)."""
