#!/usr/bin/env python3
# -*- coding: utf-8 -*-
print("shebang and coding line are comments")
