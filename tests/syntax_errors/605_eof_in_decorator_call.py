@decorator(
