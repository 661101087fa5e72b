"""Request/response models have unique class names across domains.

sanic-ext registers OpenAPI components by class name in one process-wide registry: two models
called `ConsentPublic` in two domains silently overwrite each other, and which one wins depends
on import order (the committed openapi.yaml then differs from a test run's)."""

import importlib
import inspect
import pkgutil

from pydantic import BaseModel

import banzheng


def test_no_two_api_models_share_a_name():
    seen: dict[str, str] = {}
    clashes = []
    for module_info in pkgutil.walk_packages(banzheng.__path__, "banzheng."):
        if not module_info.name.endswith((".schemas", ".routes")):
            continue
        module = importlib.import_module(module_info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if not issubclass(obj, BaseModel) or obj.__module__ != module.__name__:
                continue
            if name in seen and seen[name] != obj.__module__:
                clashes.append(f"{name}: {seen[name]} and {obj.__module__}")
            seen.setdefault(name, obj.__module__)
    assert not clashes, clashes
