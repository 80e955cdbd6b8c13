"""Admin for users: groups, verified e-mail, counts from other apps, and "Add to Authors"."""

from allauth.account.decorators import secure_admin_login
from allauth.socialaccount.admin import SocialAppAdmin
from allauth.socialaccount.models import SocialApp
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Count
from django.utils.translation import ngettext

from .admin_lists import EstimatedCountPaginator
from .models import User
from .registry import profile_changed, registry
from .services import former_handle_record, users_add_to_authors

# The admin's own login form would bypass allauth's rate limits; send it through the site's login instead.
admin.site.login = secure_admin_login(admin.site.login)


class VerifiedFilter(admin.SimpleListFilter):
    title = "verified e-mail"
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return [("yes", "Verified"), ("no", "Not verified")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(has_verified_email_flag=True)
        if self.value() == "no":
            return queryset.filter(has_verified_email_flag=False)
        return queryset


def _count_column(name, label):
    @admin.display(description=label, ordering=f"count_{name}")
    def column(obj):
        return getattr(obj, f"count_{name}", 0)

    column.__name__ = f"count_{name}"
    return column


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "public_name_column", "email", "handle", "groups_column", "verified_column"]
    list_display_links = ["username", "public_name_column"]
    list_filter = ["groups", VerifiedFilter, "is_staff", "is_superuser", "is_active"]
    search_fields = ["username", "email", "display_name", "handle", "first_name", "last_name"]
    ordering = ["-date_joined"]
    # A big site has a hundred thousand people: no full count beside the page's own, and no facet counts.
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    actions = ["add_to_authors"]
    readonly_fields = ["handle_changed_at", "former_handles_list", "last_login", "date_joined"]
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (
            "Public profile",
            {
                "fields": (
                    "handle",
                    "display_name",
                    "location",
                    "bio",
                    "avatar",
                    "handle_changed_at",
                    "former_handles_list",
                )
            },
        ),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("username", "email", "password1", "password2")}),)

    def get_queryset(self, request):
        qs = super().get_queryset(request).with_verified_email().prefetch_related("groups")
        for name, (_label, expression) in registry.user_counts.items():
            qs = qs.annotate(**{f"count_{name}": expression()})
        return qs

    def get_list_display(self, request):
        counts = [_count_column(name, label) for name, (label, _e) in registry.user_counts.items()]
        return [*self.list_display, *counts, "last_login"]

    @admin.display(description="former handles (their profile addresses redirect here)")
    def former_handles_list(self, obj):
        return ", ".join(obj.former_handles.values_list("handle", flat=True)) or "-"

    @admin.display(description="public name", ordering="display_name")
    def public_name_column(self, obj):
        return obj.public_name

    @admin.display(description="groups")
    def groups_column(self, obj):
        return ", ".join(g.name for g in obj.groups.all()) or "-"

    @admin.display(description="verified", boolean=True, ordering="has_verified_email_flag")
    def verified_column(self, obj):
        return obj.has_verified_email_flag

    @admin.action(description="Add to Authors")
    def add_to_authors(self, request, queryset):
        added = users_add_to_authors(users=queryset)
        text = ngettext("%(count)d user added to Authors.", "%(count)d users added to Authors.", added)
        self.message_user(request, text % {"count": added}, messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "handle" in form.changed_data:
            former_handle_record(user=obj, handle=form.initial.get("handle"))
        if change and {"display_name", "handle", "avatar", "location"}.intersection(form.changed_data):
            # An operator renamed someone: pages showing them (comments, articles) must show it at once.
            transaction.on_commit(lambda: profile_changed(obj))

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_active and obj.handle else None


# Groups carry the site's roles (Authors, Editors): show how many people and permissions each has.
admin.site.unregister(Group)


@admin.register(Group)
class RoleGroupAdmin(DjangoGroupAdmin):
    list_display = ["name", "member_count", "permission_count"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(member_count=Count("user", distinct=True), permission_count=Count("permissions", distinct=True))
        )

    @admin.display(description="members", ordering="member_count")
    def member_count(self, obj):
        return obj.member_count

    @admin.display(description="permissions", ordering="permission_count")
    def permission_count(self, obj):
        return obj.permission_count


# Social login providers: operators configure them here; make the list say which provider and key each one is.
admin.site.unregister(SocialApp)


@admin.register(SocialApp)
class ProviderAdmin(SocialAppAdmin):
    list_display = ["name", "provider", "client_id", "sites_column"]
    list_filter = ["provider", "sites"]
    search_fields = ["name", "provider", "client_id"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("sites")

    @admin.display(description="sites")
    def sites_column(self, obj):
        return ", ".join(site.domain for site in obj.sites.all()) or "-"
