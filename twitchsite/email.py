"""Send e-mail from a background task: an e-mail backend that enqueues, and the task that delivers.

Wiring only (like settings): with DJANGO_TASKS_BACKEND set, settings make TaskEmailBackend the EMAIL_BACKEND and keep
the real one (from EMAIL_URL) in TASKS_EMAIL_BACKEND. Code that sends mail does not change: `send_mail()` and
`EmailMessage.send()` enqueue, and `manage.py db_worker` delivers. A task's arguments must be JSON, so each message is
turned into a dict here and back into an EmailMessage in the worker.
"""

import base64

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task


def message_to_dict(message):
    """Return a JSON-ready dict for an EmailMessage (attachments given as (name, content, mimetype) only)."""
    attachments = []
    for attachment in message.attachments:
        name, content, mimetype = attachment  # a MIMEBase attachment has no such shape: refuse it early
        if isinstance(content, str):
            content = content.encode()
        attachments.append([name, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def message_from_dict(data):
    """Return the EmailMessage that message_to_dict described."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for name, content, mimetype in data["attachments"]:
        message.attach(name, base64.b64decode(content), mimetype)
    return message


@task()
def send_email_task(messages: list) -> int:
    """Deliver messages through the real e-mail backend; return how many were sent."""
    connection = get_connection(settings.TASKS_EMAIL_BACKEND)
    return connection.send_messages([message_from_dict(m) for m in messages]) or 0


class TaskEmailBackend(BaseEmailBackend):
    """Enqueue messages for send_email_task instead of sending them in the request."""

    def send_messages(self, email_messages):
        messages = [message_to_dict(m) for m in email_messages if isinstance(m, EmailMessage)]
        if not messages:
            return 0
        send_email_task.enqueue(messages)
        return len(messages)
