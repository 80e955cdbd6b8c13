"""The comment form: text, reply target, e-mail opt-out and two quiet spam guards."""

import uuid

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict

from . import conf, spam
from .services import normalize_body, too_long_message


class DescribedErrorsMixin:
    """Point the text box at its error message too, so a screen reader reads it with the counter."""

    def add_error(self, field, error):
        super().add_error(field, error)
        if "body" in self.errors:
            # crispy-forms prints the message in <div id="<field id>_error">.
            widget = self.fields["body"].widget
            error_id = f"{self['body'].auto_id}_error"
            if error_id not in widget.attrs.get("aria-describedby", ""):
                widget.attrs["aria-describedby"] = f"{error_id} {widget.attrs.get('aria-describedby', '')}".strip()


class CommentForm(DescribedErrorsMixin, forms.Form):
    body = forms.CharField(
        label="Comment",
        # Not "required" so the label reads just "Comment" (no asterisk); clean_body refuses empty text.
        required=False,
        strip=False,  # the service strips; keep what the person typed when the form comes back
        widget=forms.Textarea(attrs={"rows": 5, "class": "comment-body", "aria-describedby": "id_body_counter"}),
        error_messages={"required": "Please write something before posting."},
    )
    notify_replies = forms.BooleanField(label="E-mail me when someone replies", required=False, initial=True)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # A field people never see; bots fill it in.
    website = forms.CharField(
        label="Leave this field empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)
    # ops: one key per shown form: posting the same form twice saves one comment.
    submission_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, reply_to=None, in_thread=False, **kwargs):
        """reply_to: the pk of the comment answered; in_thread: shown under it, beside other forms on the page."""
        # Element ids end like those of the reply box comments.js makes ("id_body-r12"), so one page can hold both.
        self.reply_to = reply_to
        self.id_suffix = f"-r{reply_to}" if reply_to is not None and in_thread else ""
        if self.id_suffix:
            kwargs.setdefault("auto_id", f"id_%s{self.id_suffix}")
        super().__init__(*args, **kwargs)
        if reply_to is not None:
            self.fields["body"].label = "Reply"
            self.initial.setdefault("parent", reply_to)
        if self.id_suffix:
            self.fields["body"].widget.attrs["aria-describedby"] = f"id_body_counter{self.id_suffix}"
        if not self.is_bound:
            self.initial.setdefault("token", spam.make_form_token())
            self.initial.setdefault("submission_key", uuid.uuid4())

    @classmethod
    def refused(cls, data, errors, **kwargs):
        """Return the form of a refused post, its text kept, showing errors ([field or None, message]) as they were.

        Not validated again: the reasons stay those of the refusal (a form that was "too quick" then is not now).
        """
        form = cls(data, **kwargs)
        form.cleaned_data = {}
        form._errors = ErrorDict()
        for field, message in errors:
            form.add_error(field, message)
        # Where the person lands, typing goes on in the box (and a screen reader reads its label and error).
        form.fields["body"].widget.attrs["autofocus"] = True
        return form

    def error_list(self):
        """Return the errors as [field or None, message] pairs, which refused() takes and a session can keep."""
        return [[None if f == NON_FIELD_ERRORS else f, str(m)] for f, messages in self.errors.items() for m in messages]

    @property
    def is_reply(self):
        return self.reply_to is not None

    def clean_body(self):
        body = self.cleaned_data["body"]
        text = normalize_body(body)
        limit = conf.get("COMMENTS_MAX_LENGTH")
        if not text:
            raise forms.ValidationError("Please write something before posting.")
        if len(text) > limit:
            raise forms.ValidationError(too_long_message(len(text), limit))
        return body

    def clean(self):
        cleaned = super().clean()
        if "body" in self.errors:
            # The person has to fix the text and post again anyway; "That was quick!" beside "Please write
            # something" only confuses, and the next post checks the token again.
            return cleaned
        for verdict in (spam.check_honeypot(cleaned.get("website")), spam.check_form_token(cleaned.get("token"))):
            if verdict.refused:
                raise forms.ValidationError(verdict.reason)
        return cleaned

    @property
    def body_length(self):
        return len(normalize_body(self["body"].value()))

    @property
    def max_length(self):
        return conf.get("COMMENTS_MAX_LENGTH")


class EditForm(DescribedErrorsMixin, forms.Form):
    body = forms.CharField(
        label="Comment", strip=False, widget=forms.Textarea(attrs={"rows": 5, "aria-describedby": "id_body_counter"})
    )

    @property
    def body_length(self):
        return len(normalize_body(self["body"].value()))

    @property
    def max_length(self):
        return conf.get("COMMENTS_MAX_LENGTH")


class CommentEmailsForm(forms.Form):
    """The settings page's switch for all comment e-mails (the same switch as the mute link in every e-mail)."""

    ON, OFF = "on", "off"
    emails = forms.ChoiceField(choices=[(ON, "On"), (OFF, "Muted")])
