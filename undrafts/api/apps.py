from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "undrafts.api"
    verbose_name = "JSON API"
