"""Documents share one set of given field names per combination (``Doc.model_post_init``): safe only
if no copy, update or assignment ever changes a set another document points at."""

from __future__ import annotations

import copy
import pickle

from kiosk.data.schema import MaterialDoc, MatterDoc, TimeLimit
from tests import factories


def _two_alike() -> tuple[MaterialDoc, MaterialDoc]:
    first = MaterialDoc.model_validate({"name": "身份证", "copies": 2})
    second = MaterialDoc.model_validate({"name": "户口簿", "copies": 1})
    return first, second


def test_documents_given_the_same_fields_share_one_set() -> None:
    first, second = _two_alike()
    third = MaterialDoc.model_validate({"name": "结婚证", "copies": 3})
    assert second.model_fields_set is third.model_fields_set
    assert first.model_fields_set == second.model_fields_set == {"name", "copies"}
    other = MaterialDoc.model_validate({"name": "照片"})
    assert other.model_fields_set == {"name"}


def test_nested_documents_read_from_a_file_share_their_sets_too() -> None:
    data = factories.bundle(2).model_dump(mode="json")["matters"]
    one, two, three = (MatterDoc.model_validate(data[i % 2]) for i in range(3))
    assert two.model_fields_set is three.model_fields_set
    assert two.legal_limit.model_fields_set is three.promised_limit.model_fields_set
    assert one.model_fields_set == set(MatterDoc.model_fields)


def test_a_copy_with_an_update_leaves_the_others_set_alone() -> None:
    first, second = _two_alike()
    MaterialDoc.model_validate({"name": "结婚证", "copies": 3})  # the set is now shared
    changed = second.model_copy(update={"notes": "复印件需签字"})
    assert changed.model_fields_set == {"name", "copies", "notes"}
    assert first.model_fields_set == second.model_fields_set == {"name", "copies"}
    deep = second.model_copy(update={"signature": "本人签字"}, deep=True)
    assert deep.model_fields_set == {"name", "copies", "signature"}
    assert second.model_fields_set == {"name", "copies"}


def test_assigning_a_field_not_given_leaves_the_others_set_alone() -> None:
    first, second = _two_alike()
    third = MaterialDoc.model_validate({"name": "结婚证", "copies": 3})
    shared = third.model_fields_set
    second.notes = "复印件需签字"
    second.copies = 5  # given already: the set stays as it is
    assert second.model_fields_set == {"name", "copies", "notes"}
    assert third.model_fields_set is shared and shared == {"name", "copies"}
    assert first.model_fields_set == {"name", "copies"}
    assert second.notes == "复印件需签字" and second.copies == 5


def test_copies_and_pickles_keep_values_and_sets_apart() -> None:
    _first, second = _two_alike()
    limit = TimeLimit(value=5)
    for made in (copy.copy(second), copy.deepcopy(second), pickle.loads(pickle.dumps(second))):
        made.notes = "x"
        assert made.model_fields_set == {"name", "copies", "notes"}
        assert second.model_fields_set == {"name", "copies"}
        assert made == second.model_copy(update={"notes": "x"})
    assert limit.model_copy(update={"unit": "自然日"}).model_fields_set == {"value", "unit"}
    assert limit.model_fields_set == {"value"}
