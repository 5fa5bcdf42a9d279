"""Placeholder until this emitter lands (being written now); renders nothing yet."""


def outputs(spec, env, ctx) -> dict[str, str]:
    return {}
