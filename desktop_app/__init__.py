"""Mezzo: private, local fill-in-the-middle code completion served from llama.cpp."""

__version__ = "0.1.0"
