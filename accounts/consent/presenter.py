"""Shape the policy and a visitor's state for the banner and the preferences form."""


def purposes_for_form(state, *, prefill=True):
    """Return the purposes with their services and whether each switch starts on.

    Optional switches are never pre-ticked on a first answer; later they show the visitor's own choices.
    """
    out = []
    for p in state.policy.purposes:
        services = []
        for s in p["services"]:
            on = True if p["required"] else (prefill and state.decisions.get(s["slug"], False))
            services.append({**s, "on": on, "changed": s["slug"] in state.changed and bool(state.payload.get("d"))})
        out.append(
            {
                **p,
                "services": services,
                "on": p["required"] or (bool(services) and all(s["on"] for s in services)),
            }
        )
    return [p for p in out if p["services"]]
