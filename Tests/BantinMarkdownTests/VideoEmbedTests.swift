import BantinMarkdown
import Testing

@Suite("Video links alone on a line become click-to-load boxes")
struct VideoEmbedTests {
    private static let play = #"<span class="video-nut" aria-hidden="true">▶</span>"#

    @Test("YouTube and Facebook links", arguments: [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s",
         #"<figure class="video"><a class="video-mo" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m5s" data-video="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&amp;start=65">\#(play) Xem video trên YouTube</a></figure>"#),
        ("[Lễ ra mắt HTX <Tân Hiệp>](https://youtu.be/dQw4w9WgXcQ)",
         #"<figure class="video"><a class="video-mo" href="https://youtu.be/dQw4w9WgXcQ" data-video="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1">\#(play) Xem video trên YouTube</a><figcaption>Lễ ra mắt HTX &lt;Tân Hiệp&gt;</figcaption></figure>"#),
        ("<https://m.youtube.com/shorts/abcdefghijk>",
         #"<figure class="video"><a class="video-mo" href="https://m.youtube.com/shorts/abcdefghijk" data-video="https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1">\#(play) Xem video trên YouTube</a></figure>"#),
        ("<https://www.facebook.com/lmhtx/videos/123456789/>",
         #"<figure class="video"><a class="video-mo" href="https://www.facebook.com/lmhtx/videos/123456789/" data-video="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Flmhtx%2Fvideos%2F123456789%2F&amp;show_text=false&amp;autoplay=true">\#(play) Xem video trên Facebook</a></figure>"#),
        ("https://fb.watch/aBc1_2/",
         #"<figure class="video"><a class="video-mo" href="https://fb.watch/aBc1_2/" data-video="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Ffb.watch%2FaBc1_2%2F&amp;show_text=false&amp;autoplay=true">\#(play) Xem video trên Facebook</a></figure>"#),
    ])
    func embed(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown + "\n").html == html + "\n")
    }

    @Test("not a video box: inside a sentence, not a video, a bad id", arguments: [
        ("Xem https://youtu.be/dQw4w9WgXcQ nhé", "<p>Xem https://youtu.be/dQw4w9WgXcQ nhé</p>"),
        ("https://www.youtube.com/channel/UC123", "<p>https://www.youtube.com/channel/UC123</p>"),
        ("https://youtu.be/short", "<p>https://youtu.be/short</p>"),
        ("https://www.facebook.com/lmhtx", "<p>https://www.facebook.com/lmhtx</p>"),
        ("https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ", "<p>https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ</p>"),
    ])
    func notEmbed(markdown: String, html: String) {
        #expect(MarkdownRenderer.render(markdown + "\n").html == html + "\n")
    }
}
