"""Thin Telegram handlers: read the update, call the core, render, reply."""
