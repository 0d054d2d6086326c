#!/usr/bin/env python
# coding=nonesuch
x = 1
