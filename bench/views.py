from django.http import HttpResponse


def floor(request):
    """The framework floor: the same middleware stack as every page, no database, no template."""
    return HttpResponse(b"ok", content_type="text/plain")
