"""How a model is described to a person wherever one is chosen: the Models page and the welcome.

Both screens must say the same things in the same words: what a model's licence allows, what
choosing a smaller or a larger size means, and that the starter is only a stopgap. Keeping the
sentences here keeps the two screens from drifting apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_app.bundles.catalog import CatalogEntry
from desktop_app.bundles.licences import licence_of
from desktop_app.ui.formatting import human_bytes

# The English source of the sentences in bundles/licences.py, listed so that lupdate finds them.
LICENCE_SENTENCES = (
    QT_TRANSLATE_NOOP("Licences", "Free for any use, including commercial use."),
    QT_TRANSLATE_NOOP("Licences", "Non-commercial use only: research and personal projects."),
    QT_TRANSLATE_NOOP(
        "Licences", "Mezzo does not know this licence: see the model's page for what it allows."
    ),
)


def licence_summary(name: str) -> str:
    """What the licence called `name` allows, in one translated sentence."""
    return QCoreApplication.translate("Licences", licence_of(name).summary)


def licence_sentence(name: str) -> str:
    """For example "Licence: Apache-2.0. Free for any use, including commercial use."."""
    return QCoreApplication.translate("ModelText", "Licence: {name}. {summary}").format(
        name=name, summary=licence_summary(name)
    )


def model_description(entry: CatalogEntry) -> str:
    """What the model is good for, in the app's language when the catalog has it."""
    return entry.description_in(QLocale().name())


def starter_note() -> str:
    return QCoreApplication.translate(
        "ModelText",
        "Starter model: its suggestions are weak. It is only here so that Mezzo works offline "
        "straight away.",
    )


def size_choice(position: int, count: int, quantization: str, size: int, exact: bool) -> str:
    """The label of one size among `count`, smallest (`position` 0) first.

    Q4 files are compressed more than Q8 files: smaller and quicker, and a little further from
    the model as it was trained. People choose between those two plain outcomes.
    """
    if position == 0:
        kind = QCoreApplication.translate("ModelText", "Smaller and faster")
    elif position == count - 1:
        kind = QCoreApplication.translate("ModelText", "Closer to the original")
    else:
        kind = QCoreApplication.translate("ModelText", "In between")
    return QCoreApplication.translate("ModelText", "{kind} ({quantization}, {size})").format(
        kind=kind, quantization=quantization, size=file_size(size, exact)
    )


def file_size(size: int, exact: bool) -> str:
    """For example "1.6 GB", or "about 1.6 GB" when it is the catalog's estimate."""
    if exact:
        return human_bytes(size)
    return QCoreApplication.translate("ModelText", "about {size}").format(size=human_bytes(size))


def sizes_explained() -> str:
    return QCoreApplication.translate(
        "ModelText",
        "Some models come in two sizes. The smaller one is compressed more: it downloads "
        "sooner, needs less memory and answers a little faster. The larger one is closer to "
        "the original model, so its suggestions are slightly better.",
    )
