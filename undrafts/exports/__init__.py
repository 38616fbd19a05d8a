"""Exports people can send: a comparison as a Word redline, a document as .docx or text."""
