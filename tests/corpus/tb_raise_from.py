# Uncaught chained exception: raise ... from ... prints both tracebacks.

class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError("missing required setting %r" % key) from exc

settings = {"host": "localhost"}
print("host =", read_setting(settings, "host"))
print("port =", read_setting(settings, "port"))
