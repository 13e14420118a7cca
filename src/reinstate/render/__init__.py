"""Render a resolved case into outputs: site pages, plain text, e-mail and the PDF bundle."""
