# Helper module for uncaught/custom_module_exception.py.

class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


def require(settings, key):
    if key not in settings:
        raise ConfigError(key, "is required")
    return settings[key]
