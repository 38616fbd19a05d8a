from django.urls import path

from . import views

app_name = "exports"

urlpatterns = [
    path("compare/<path:pair>/redline.docx", views.redline_view, name="redline"),
    path("documents/<path:symbol>/text.docx", views.document_docx_view, name="document-docx"),
    path("documents/<path:symbol>/text.txt", views.document_text_view, name="document-text"),
]
