"""Raytrace: a small Whitted-style ray tracer (spheres and a checkered plane,
point lights with shadows, diffuse and specular shading, mirror reflections),
written with a vector class and operator overloading."""
import math

import _harness

EPSILON = 1e-7


class Vec(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material(object):
    def __init__(self, color, diffuse, specular, shininess, mirror, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.color
        return self.checker


class Sphere(object):
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # a simple sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(1.0 - 0.5 * k, 1.0 - 0.3 * k, 1.0)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        m = obj.material
        base = m.color_at(point)
        color = base * self.ambient
        for light_pos, light_color in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.hadamard(light_color) * (m.diffuse * lambert)
                spec = to_light.reflect(normal).dot(ray.direction)
                if spec > 0.0:
                    color = color + light_color * (m.specular * spec ** m.shininess)
        if m.mirror > 0.0 and depth < 3:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color * (1.0 - m.mirror) + self.trace(reflected, depth + 1) * m.mirror
        return color


def make_scene():
    scene = Scene()
    scene.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                               Material(WHITE, 0.8, 0.2, 10, 0.2, checker=Vec(0.1, 0.1, 0.1))))
    scene.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 30, 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.8, 0.3, 20, 0.1)))
    scene.objects.append(Sphere(Vec(2.0, 1.5, 7.0), 1.5, Material(Vec(0.7, 0.7, 0.9), 0.3, 0.9, 60, 0.7)))
    scene.objects.append(Sphere(Vec(0.8, 0.3, 3.5), 0.3, Material(Vec(0.9, 0.8, 0.1), 0.9, 0.2, 10, 0.0)))
    scene.lights.append((Vec(-5.0, 8.0, -2.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append((Vec(6.0, 4.0, 1.0), Vec(0.4, 0.4, 0.5)))
    return scene


def render(scene, width, height):
    eye = Vec(0.0, 1.5, -2.0)
    forward = (Vec(0.0, 1.0, 5.0) - eye).unit()
    right = forward.cross(Vec(0.0, 1.0, 0.0)).unit() * -1.0
    up = right.cross(forward) * -1.0
    aspect = float(width) / height
    pixels = []
    for j in range(height):
        v = (1.0 - 2.0 * (j + 0.5) / height) * 0.6
        for i in range(width):
            u = (2.0 * (i + 0.5) / width - 1.0) * 0.6 * aspect
            direction = (forward + right * u + up * v).unit()
            c = scene.trace(Ray(eye, direction), 0)
            pixels.append((min(255, int(c.x * 255.0)), min(255, int(c.y * 255.0)),
                           min(255, int(c.z * 255.0))))
    return pixels


def run(size):
    width, height = size
    pixels = render(make_scene(), width, height)
    # a coarse checksum: sums of the channels, in units of 64
    total = [0, 0, 0]
    for p in pixels:
        total[0] += p[0]
        total[1] += p[1]
        total[2] += p[2]
    return "%d %d %d" % (total[0] // 64, total[1] // 64, total[2] // 64)


SIZES = {"tiny": (16, 12), "normal": (140, 105)}
EXPECTED = {"tiny": '398 446 523', "normal": '30966 34498 40573'}

if __name__ == "__main__":
    _harness.main("raytrace", run, SIZES, EXPECTED)
