"""Consent in the Django admin: purposes, services, texts, policy versions, records (read-only), statistics."""

import json

from django.contrib import admin, messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from .models import ConsentDailyStat, ConsentRecord, ConsentText, PolicyVersion, Purpose, Service, StorageItem
from .services import policy_publish_if_changed
from .stats import rollup


def _announce(request, created_version):
    version, created = created_version
    if created:
        messages.info(request, f"Published policy {version}: visitors will be asked again.")


class PublishOnSaveMixin:
    """Publish a new policy version after any change a visitor consents to (never from signals)."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)  # inlines are saved here, after save_model
        _announce(request, policy_publish_if_changed())

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        _announce(request, policy_publish_if_changed())

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        _announce(request, policy_publish_if_changed())


@admin.register(Purpose)
class PurposeAdmin(PublishOnSaveMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "order", "is_required", "service_count"]
    list_editable = ["order"]
    list_filter = ["is_required"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(_services=Count("services"))

    @admin.display(description="services", ordering="_services")
    def service_count(self, obj):
        return obj._services

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "POST" and "_save" in request.POST:
            _announce(request, policy_publish_if_changed())  # list_editable order changes
        return response


class StorageItemInline(admin.TabularInline):
    model = StorageItem
    extra = 1


@admin.register(Service)
class ServiceAdmin(PublishOnSaveMixin, admin.ModelAdmin):
    list_display = ["name", "purpose", "embed", "is_active", "host_count"]
    list_filter = ["purpose", "embed", "is_active"]
    search_fields = ["name", "slug", "description", "hosts"]
    list_select_related = ["purpose"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [StorageItemInline]
    actions = ["activate", "deactivate"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "purpose", "description", "privacy_policy_url", "order", "is_active"]}),
        ("What it loads", {"fields": ["hosts", "embed", "script_url", "gtag_id"]}),
    ]

    @admin.display(description="hosts")
    def host_count(self, obj):
        return len(obj.host_list)

    @admin.action(description="Activate the selected services")
    def activate(self, request, queryset):
        queryset.update(is_active=True)
        _announce(request, policy_publish_if_changed())

    @admin.action(description="Deactivate the selected services")
    def deactivate(self, request, queryset):
        queryset.update(is_active=False)
        _announce(request, policy_publish_if_changed())


@admin.register(ConsentText)
class ConsentTextAdmin(PublishOnSaveMixin, admin.ModelAdmin):
    list_display = ["banner_title", "privacy_policy_url"]
    search_fields = ["banner_title", "banner_text", "privacy_policy_text"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not ConsentText.objects.exists()


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PolicyVersion)
class PolicyVersionAdmin(ReadOnlyAdmin):
    list_display = ["number", "created_at", "sha256", "service_count"]
    list_filter = ["created_at"]
    search_fields = ["sha256"]
    fields = ["number", "created_at", "sha256", "pretty_snapshot"]
    readonly_fields = fields

    @admin.display(description="services")
    def service_count(self, obj):
        return sum(len(p["services"]) for p in obj.snapshot.get("purposes", []))

    @admin.display(description="snapshot")
    def pretty_snapshot(self, obj):
        return format_html("<pre>{}</pre>", json.dumps(obj.snapshot, indent=2, ensure_ascii=False))


def proof_for(consent_id):
    """Return the proof of one consent ID: its records and the policy snapshot each one referred to."""
    records = list(ConsentRecord.objects.for_consent_id(consent_id))
    versions = {r.policy_version.number: r.policy_version for r in records}
    return {
        "consent_id": str(consent_id),
        "records": [
            {
                "time": r.created_at.isoformat(),
                "action": r.action,
                "decisions": r.decisions,
                "policy_version": r.policy_version.number,
                "page": r.page_path,
                "user_id": r.user_id,
                "ip_hash": r.ip_hash,
                "country": r.country,
                "language": r.language,
            }
            for r in records
        ],
        "policy_versions": {
            str(n): {"sha256": v.sha256, "created_at": v.created_at.isoformat(), "snapshot": v.snapshot}
            for n, v in sorted(versions.items())
        },
    }


def _json_download(data, filename):
    response = HttpResponse(json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@admin.register(ConsentRecord)
class ConsentRecordAdmin(ReadOnlyAdmin):
    list_display = ["consent_id", "action", "policy_version", "created_at", "country", "user", "proof_link"]
    list_filter = ["action", "policy_version", "created_at", "country"]
    search_fields = ["=consent_id"]
    list_select_related = ["policy_version", "user"]
    date_hierarchy = "created_at"
    actions = ["export_proof"]
    readonly_fields = [
        "consent_id",
        "policy_version",
        "action",
        "decisions",
        "page_path",
        "user",
        "ip_hash",
        "country",
        "language",
        "created_at",
    ]
    fields = readonly_fields

    def get_urls(self):
        return [
            path(
                "proof/<uuid:consent_id>/",
                self.admin_site.admin_view(self.proof_view),
                name="accounts_consentrecord_proof",
            )
        ] + super().get_urls()

    @admin.display(description="proof")
    def proof_link(self, obj):
        url = reverse("admin:accounts_consentrecord_proof", args=[obj.consent_id])
        return format_html('<a href="{}">Export proof</a>', url)

    def proof_view(self, request, consent_id):
        if not self.has_view_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        get_object_or_404(ConsentRecord.objects.filter(consent_id=consent_id)[:1])
        return _json_download(proof_for(consent_id), f"consent-proof-{consent_id}.json")

    @admin.action(description="Export proof for the selected consent IDs")
    def export_proof(self, request, queryset):
        ids = sorted({str(c) for c in queryset.values_list("consent_id", flat=True)})
        return _json_download({"proofs": [proof_for(i) for i in ids]}, "consent-proof.json")


@admin.register(ConsentDailyStat)
class ConsentDailyStatAdmin(ReadOnlyAdmin):
    """The statistics page: a table and bar chart of the daily roll-up."""

    change_list_template = "admin/accounts/consentdailystat/change_list.html"
    list_display = ["day", "policy_version", "shown", "answered", "accept_all", "reject_all", "custom", "other"]
    list_filter = ["policy_version", "day"]
    search_fields = ["day"]
    list_select_related = ["policy_version"]

    def get_urls(self):
        return [
            path("rollup/", self.admin_site.admin_view(self.rollup_view), name="accounts_consentdailystat_rollup")
        ] + super().get_urls()

    def rollup_view(self, request):
        if request.method != "POST" or not self.has_view_permission(request):
            return HttpResponseRedirect(reverse("admin:accounts_consentdailystat_changelist"))
        rows = rollup(days=2)
        messages.success(request, f"Statistics updated ({len(rows)} row(s)).")
        return HttpResponseRedirect(reverse("admin:accounts_consentdailystat_changelist"))

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if isinstance(response, TemplateResponse) and "cl" in response.context_data:
            rows = list(response.context_data["cl"].result_list)
            response.context_data["stat_rows"] = [_row(s) for s in rows]
            response.context_data["service_rows"] = _service_rows(rows)
        return response


def _row(stat):
    return {
        "stat": stat,
        "answer_rate": round(100 * stat.answered / stat.shown) if stat.shown else None,
        "accept_rate": stat.rate(stat.accept_all),
        "reject_rate": stat.rate(stat.reject_all),
        "custom_rate": stat.rate(stat.custom),
    }


def _service_rows(stats):
    """Return acceptance per purpose and service over the listed days, as percentages of answers."""
    answered = sum(s.answered for s in stats)
    totals, purposes = {}, {}
    names = {}
    for s in stats:
        for p in s.policy_version.snapshot.get("purposes", []):
            for svc in p["services"]:
                names[svc["slug"]] = svc["name"]
            names[p["slug"]] = p["name"]
        for slug, n in s.service_accepts.items():
            totals[slug] = totals.get(slug, 0) + n
        for slug, n in s.purpose_accepts.items():
            purposes[slug] = purposes.get(slug, 0) + n

    def pct(n):
        return round(100 * n / answered) if answered else 0

    return {
        "answered": answered,
        "purposes": [{"name": names.get(k, k), "count": v, "rate": pct(v)} for k, v in sorted(purposes.items())],
        "services": [
            {"name": names.get(k, k), "count": v, "rate": pct(v)}
            for k, v in sorted(totals.items(), key=lambda kv: -kv[1])
        ],
    }
