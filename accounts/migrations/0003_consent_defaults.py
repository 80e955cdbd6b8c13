from django.db import migrations


def load_defaults(apps, schema_editor):
    from accounts.consent import seed
    from accounts.consent.snapshot import build_snapshot, publish_if_changed

    Purpose = apps.get_model("accounts", "Purpose")
    Service = apps.get_model("accounts", "Service")
    StorageItem = apps.get_model("accounts", "StorageItem")
    ConsentText = apps.get_model("accounts", "ConsentText")
    PolicyVersion = apps.get_model("accounts", "PolicyVersion")

    if not ConsentText.objects.exists():
        ConsentText.objects.create(**seed.TEXTS)
    purposes = {}
    for spec in seed.PURPOSES:
        purposes[spec["slug"]], _ = Purpose.objects.get_or_create(slug=spec["slug"], defaults=spec)
    for order, spec in enumerate(seed.SERVICES):
        spec = dict(spec)
        storage = spec.pop("storage", [])
        spec["purpose"] = purposes[spec["purpose"]]
        spec["hosts"] = "\n".join(spec.pop("hosts", []))
        spec.setdefault("order", order)
        service, created = Service.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if created:
            for name, duration, party, kind in storage:
                StorageItem.objects.create(service=service, name_pattern=name, duration=duration, party=party, kind=kind)
    snapshot = build_snapshot(purpose_model=Purpose, service_model=Service, text_model=ConsentText)
    publish_if_changed(version_model=PolicyVersion, snapshot=snapshot)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_consent_models")]

    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
