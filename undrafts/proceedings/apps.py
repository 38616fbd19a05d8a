from django.apps import AppConfig


class ProceedingsConfig(AppConfig):
    name = "undrafts.proceedings"
    verbose_name = "Proceedings"
