"""The product end to end: the demo, the README examples, the wheel and vendored copies."""
