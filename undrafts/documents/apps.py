from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "undrafts.documents"
    verbose_name = "Documents"
