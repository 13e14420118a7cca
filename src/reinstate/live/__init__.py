"""Watching and serving: the loop, rebuilds, the PDF worker, live-reload events, the server."""
