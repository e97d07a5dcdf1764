#!/usr/bin/env python3
"""Writes pupils.csv, the synthetic pupil records of examples/plans/first-plan.yaml.

Run from this directory: python3 generate.py. The output is the same on every run (fixed seed),
so the committed file can be regenerated and compared. Every pupil is invented; ids are
pseudonyms ("ex-" + year + number) shaped nothing like a UPN, and no name or date of birth
exists anywhere in the file.
"""
import csv
import random

rng = random.Random(20251002)

# (institution id, Year 11 pupils, of whom disadvantaged) per academic year. Shipley Beck School
# (urn-138005) is small: in 2025/26 only 4 of its Year 11 pupils are disadvantaged, fewer than the
# threshold of 5, so its figures for that group are withheld.
SCHOOLS = {
    "2024/25": [("urn-138001", 180, 54), ("urn-138002", 150, 60), ("urn-138003", 170, 40),
                ("urn-138004", 120, 48), ("urn-138005", 16, 5)],
    "2025/26": [("urn-138001", 178, 55), ("urn-138002", 152, 58), ("urn-138003", 168, 42),
                ("urn-138004", 124, 50), ("urn-138005", 14, 4)],
}
# Chance of grade 5 or above in GCSE maths (measure M1), disadvantaged and other pupils.
RATES = {"2024/25": (0.31, 0.62), "2025/26": (0.36, 0.63)}

with open("pupils.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["pupil_id", "institution_id", "academic_year", "year_group", "disadvantaged", "fsm_eligible",
                "sex", "outcome:M1"])
    for year, schools in SCHOOLS.items():
        number = 0
        for school, size, disadvantaged in schools:
            for i in range(size):
                number += 1
                dis = i < disadvantaged
                fsm = dis and rng.random() < 0.8
                rate = RATES[year][0 if dis else 1]
                grade5 = rng.random() < rate
                w.writerow([
                    "ex-%s-%04d" % (year[2:4] + year[5:7], number), school, year, "Y11",
                    "Y" if dis else "N", "Y" if fsm else "N", rng.choice("FM"),
                    "100" if grade5 else "0",
                ])
