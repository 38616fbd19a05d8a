from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "undrafts.web"
    verbose_name = "Public pages"
